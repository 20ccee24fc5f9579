package example;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HomeController {

    /** The signed-in member, from the id_token's claims (sub, name, email). */
    @GetMapping(path = "/", produces = MediaType.TEXT_PLAIN_VALUE)
    public String home(@AuthenticationPrincipal OidcUser member) {
        return "Signed in as " + member.getFullName() + " <" + member.getEmail() + "> (LinkedIn member " + member.getName() + ")";
    }
}
