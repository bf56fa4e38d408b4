package com.orderdesk.web.openapi;

import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the handler methods whose Javadoc is missing, so their operations have no summary in the OpenAPI
 * document (springdoc takes the summary from the Javadoc that the therapi scribe baked into the jar).
 */
public final class OperationSummaries {

    private OperationSummaries() {
    }

    /** Every handler method under {@code basePackage}, as "Controller.method", sorted. */
    public static List<String> handlersUnder(String basePackage) {
        return handlerMethods(basePackage).stream().map(OperationSummaries::name).sorted().toList();
    }

    /** The handler methods under {@code basePackage} without Javadoc, as "Controller.method", sorted. */
    public static List<String> missingUnder(String basePackage) {
        return handlerMethods(basePackage).stream().filter(method -> !hasJavadoc(method))
                                          .map(OperationSummaries::name).sorted().toList();
    }

    private static List<Method> handlerMethods(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Method> handlers = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            Arrays.stream(controller.getDeclaredMethods())
                  .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class))
                  .forEach(handlers::add);
        }
        return handlers;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static boolean hasJavadoc(Method method) {
        return !RuntimeJavadoc.getJavadoc(method).getComment().toString().isBlank();
    }
}
