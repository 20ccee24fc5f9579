package example;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(withoutNonce());

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver)));
        return http.build();
    }

    /**
     * LinkedIn does not support the OpenID Connect {@code nonce}: it accepts one on /authorization but never puts
     * it into the id_token. Spring Security sends a nonce whenever the scope includes {@code openid} and then
     * rejects the id_token without it ({@code [invalid_nonce]}), so every sign-in would fail. Dropping the nonce
     * from the request (the parameter sent and the attribute Spring checks the id_token against) is the
     * workaround; the {@code state} parameter still binds the callback to this browser session.
     */
    static Consumer<OAuth2AuthorizationRequest.Builder> withoutNonce() {
        return request -> request
                .attributes(attributes -> attributes.remove(OidcParameterNames.NONCE))
                .additionalParameters(parameters -> parameters.remove(OidcParameterNames.NONCE));
    }
}
