package com.orderdesk.command.security;

import com.orderdesk.command.caller.AccessDenials;
import com.orderdesk.command.caller.ClientAddress;
import com.orderdesk.web.caller.TokenClaims;
import com.orderdesk.web.caller.VerifiedTokens;
import com.orderdesk.web.problem.SecurityProblems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.stream.Stream;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call what on the command side (the permission matrix in docs/api.md). Every request needs a valid,
 * unrevoked access token except health, registration, login, invitation acceptance and the public keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** Sign-in, registration and invitation acceptance: open to anyone, and about the person in the request. */
    private static final RequestMatcher SIGNING_IN = new OrRequestMatcher(
            Stream.of("/api/auth/register", "/api/auth/login", "/api/auth/invitations/accept")
                  .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(POST, path))
                  .toList());

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests
                    .requestMatchers(SIGNING_IN)
                    .permitAll()
                    .requestMatchers(GET, "/.well-known/jwks.json", "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/error").permitAll()
                    .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                                     "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMIN")
                    .requestMatchers(GET, "/api/orders/*/attachments/*").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers("/api/orders/*/followers/me").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers("/api/orders/*/customer/erasure").hasRole("OWNER")
                    .requestMatchers("/api/orders", "/api/orders/**").hasAnyRole("OWNER", "COLLABORATOR")
                    .requestMatchers("/api/tasks/*/watchers/me").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers("/api/tasks", "/api/tasks/**").hasAnyRole("OWNER", "COLLABORATOR")
                    .requestMatchers(GET, "/api/audit/chain/**").hasAnyRole("AUDITOR", "ADMIN")
                    .requestMatchers(GET, "/api/audit/history/**").hasAnyRole("OWNER", "AUDITOR", "ADMIN")
                    .requestMatchers("/api/support/**").hasAnyRole("OWNER", "COLLABORATOR", "AUDITOR")
                    .requestMatchers("/api/workspace/**").hasRole("OWNER")
                    .requestMatchers("/api/admin/**").hasRole("ADMIN")
                    .requestMatchers("/api/account/**", "/api/auth/logout").authenticated()
                    .anyRequest().denyAll())
            .oauth2ResourceServer(server -> server
                    .bearerTokenResolver(noTokenWhenSigningIn())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenClaims.rolesAsAuthorities()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** 401 and 403 as problem details; a 403 is also recorded as an AccessDenied security event. */
    @Bean
    SecurityProblems securityProblems(AccessDenials accessDenials) {
        return new SecurityProblems(accessDenials::record);
    }

    @Bean
    ClientAddress clientAddress(SecuritySettings settings) {
        return new ClientAddress(settings.trustedProxies());
    }

    @Bean
    SigningKeys signingKeys(SecuritySettings settings) {
        return SigningKeys.loadOrCreate(settings.signingKeyFile());
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, TokenRevocations revocations) throws Exception {
        return new VerifiedTokens(NimbusJwtDecoder.withPublicKey(keys.privateKey().toRSAPublicKey()).build(),
                                  TokenClaims.validator(revocations::notBefore));
    }

    /** Argon2id with OWASP's recommended parameters: 19 MiB memory, 2 iterations, parallelism 1. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Sign-in, registration and invitation acceptance are about the person in the request, never about whoever's
     * token came along with it: a token sent there is not read (nor refused when expired), so such commands carry no
     * caller but the one they name.
     */
    private static BearerTokenResolver noTokenWhenSigningIn() {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return request -> SIGNING_IN.matches(request) ? null : tokens.resolve(request);
    }

}
