package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A standard OpenID Connect client library (Nimbus OAuth 2.0 SDK) against the fake, configured only
 * with the issuer URL: discovery, authorization request, code exchange with client_secret_post,
 * id_token validation against the JWKS, userinfo.
 */
@Timeout(30)
class OidcLibraryCompatibilityTest {

    @Test
    void nimbusOidcSdkCompletesLoginWithOnlyTheIssuerChanged() throws Exception {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            Issuer issuer = new Issuer(fake.issuer());
            OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(issuer);
            assertThat(provider.getIssuer()).isEqualTo(issuer);
            assertThat(provider.getTokenEndpointAuthMethods()).as("LinkedIn advertises none").isNull();

            ClientID clientId = new ClientID(Flow.CLIENT_ID);
            URI redirect = URI.create(Flow.REDIRECT);
            State state = new State();
            URI authorize = new AuthorizationRequest.Builder(new ResponseType("code"), clientId)
                    .scope(new Scope("openid", "profile", "email", "w_member_social"))
                    .redirectionURI(redirect).state(state).endpointURI(provider.getAuthorizationEndpointURI())
                    .build().toURI();
            var callback = Http.locationQuery(Http.get(authorize));
            assertThat(callback).containsEntry("state", state.getValue());

            TokenRequest tokenRequest = new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretPost(clientId, new Secret(Flow.SECRET)),
                    new AuthorizationCodeGrant(new AuthorizationCode(callback.get("code")), redirect));
            OIDCTokenResponse tokens = (OIDCTokenResponse) OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send())
                    .toSuccessResponse();

            IDTokenValidator validator = new IDTokenValidator(issuer, clientId, JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL());
            IDTokenClaimsSet claims = validator.validate(tokens.getOIDCTokens().getIDToken(), null);
            assertThat(claims.getSubject().getValue()).isEqualTo("AbC12dEf3G");

            BearerAccessToken accessToken = tokens.getOIDCTokens().getBearerAccessToken();
            UserInfoResponse userInfo = UserInfoResponse.parse(
                    new UserInfoRequest(provider.getUserInfoEndpointURI(), accessToken).toHTTPRequest().send());
            assertThat(userInfo.indicatesSuccess()).isTrue();
            assertThat(userInfo.toSuccessResponse().getUserInfo().getSubject()).isEqualTo(claims.getSubject());
            assertThat(userInfo.toSuccessResponse().getUserInfo().getEmailAddress()).isEqualTo("ada@example.com");
        }
    }
}
