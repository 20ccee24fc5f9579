package example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** "Sign in with LinkedIn" with Spring Security's OAuth 2.0 client: see application.yml and {@link SecurityConfig}. */
@SpringBootApplication
public class LinkedInLoginApplication {
    public static void main(String[] args) {
        SpringApplication.run(LinkedInLoginApplication.class, args);
    }
}
