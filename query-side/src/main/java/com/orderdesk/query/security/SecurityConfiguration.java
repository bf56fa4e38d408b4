package com.orderdesk.query.security;

import com.orderdesk.web.caller.TokenClaims;
import com.orderdesk.web.caller.VerifiedTokens;
import com.orderdesk.web.problem.SecurityProblems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may read what on the query side (the permission matrix in docs/api.md). Tokens are verified with the
 * command side's published key and refused once revoked (as projected from TokensRevoked events).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuerySecuritySettings.class)
class SecurityConfiguration {

    /** 401 and 403 as problem details; every 403 is recorded in the access-denial log. */
    @Bean
    SecurityProblems securityProblems(AccessDenialLog denials) {
        return new SecurityProblems(denials::record);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                    .requestMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/error").permitAll()
                    .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                                     "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMIN")
                    .requestMatchers("/api/admin/**").hasRole("ADMIN")
                    .requestMatchers(GET, "/api/orders", "/api/orders/**").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers(GET, "/api/tasks", "/api/tasks/**").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers(GET, "/api/support/**").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers("/api/notifications", "/api/notifications/**").authenticated()
                    .requestMatchers(GET, "/api/audit", "/api/audit/**").hasAnyRole("OWNER", "AUDITOR", "ADMIN")
                    .requestMatchers(GET, "/api/reports/**").hasAnyRole("OWNER", "AUDITOR")
                    .requestMatchers(POST, "/api/customers/export").hasRole("OWNER")
                    .requestMatchers(GET, "/api/workspace").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers(GET, "/api/workspace/members", "/api/workspace/members/**")
                    .hasAnyRole("OWNER", "AUDITOR")
                    .requestMatchers(GET, "/api/me", "/api/me/**").authenticated()
                    .anyRequest().denyAll())
            .oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenClaims.rolesAsAuthorities()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(QuerySecuritySettings settings, JdbcClient jdbc) {
        return new VerifiedTokens(NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build(),
                                  TokenClaims.validator(accountId -> tokensNotBefore(jdbc, accountId)));
    }

    /** When the account's tokens stopped counting (logout, removal), as the accounts view last saw it. */
    private static Optional<Instant> tokensNotBefore(JdbcClient jdbc, String accountId) {
        return jdbc.sql("SELECT tokens_not_before FROM query_side.account WHERE account_id = ?")
                   .param(accountId)
                   .query((rs, n) -> rs.getTimestamp(1))
                   .optional()
                   .map(Timestamp::toInstant);
    }

}
