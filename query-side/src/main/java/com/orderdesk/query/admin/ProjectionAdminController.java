package com.orderdesk.query.admin;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The platform admin's view of the projections: progress of each, and rebuilding one or all. */
@RestController
@Validated
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** Lists every projection with its progress: running, replaying, caught up, position against the head. */
    @GetMapping
    List<ProjectionRebuilds.Progress> projections() {
        return rebuilds.progress();
    }

    /**
     * Rebuilds a projection, or "all" rebuildable ones, from the first event.
     * <p>
     * Resets and replays; follow the progress with GET /api/admin/projections.
     */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProjectionRebuilds.Progress> rebuild(@PathVariable @Pattern(regexp = "[a-z-]{1,40}") String name) {
        return rebuilds.rebuild(name);
    }
}
