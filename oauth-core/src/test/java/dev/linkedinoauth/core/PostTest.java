package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostTest {

    @Test
    void byDefaultTheCommentaryIsEscapedPublicAndAuthorless() {
        Post post = Post.of("Hi (you)");

        assertThat(post.commentary()).isEqualTo("Hi \\(you\\)");
        assertThat(post.visibility()).isEqualTo(Post.Visibility.PUBLIC);
        assertThat(post.author()).isNull();
    }

    @Test
    void rawKeepsTheText() {
        assertThat(Post.builder("#java @[A](urn:li:person:x)").raw(true).build().commentary())
                .isEqualTo("#java @[A](urn:li:person:x)");
    }

    @Test
    void memberMakesAPersonUrn() {
        assertThat(Post.builder("x").member("AbC12dEf3G").build().author()).isEqualTo("urn:li:person:AbC12dEf3G");
    }

    @Test
    void anOrganizationAuthorIsRecognised() {
        assertThat(Post.builder("x").author("urn:li:organization:123").build().byOrganization()).isTrue();
    }

    @Test
    void anEmptyTextIsRefused() {
        assertThatThrownBy(() -> Post.of("  \n")).isInstanceOf(IllegalArgumentException.class).hasMessage("the post text is empty");
    }

    @Test
    void anAuthorThatIsNotAPersonOrOrganizationUrnIsRefused() {
        assertThatThrownBy(() -> Post.builder("x").author("urn:li:company:1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:li:organization:ID");
    }
}
