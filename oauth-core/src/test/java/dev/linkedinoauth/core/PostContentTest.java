package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A post's content kinds: one image, 2 to 20 images, or an article; one kind per post, checked when built. */
class PostContentTest {
    private static final Path CAT = Path.of("cat.png");

    @Test
    void oneImageIsASingleImagePostWithTitleAndAltText() {
        Post post = Post.builder("x").image(CAT, "a cat").imageTitle("Cat").build();

        assertThat(post.content()).isEqualTo(new PostContent.Image(PostImage.file(CAT, "a cat"), "Cat"));
    }

    @Test
    void twoToTwentyImagesAreAMultiImagePost() {
        Post post = Post.builder("x").image(CAT, "one").image(Path.of("dog.png"), "two").build();

        assertThat(post.content()).isInstanceOf(PostContent.MultiImage.class);
        assertThat(post.content().images()).extracting(PostImage::altText).containsExactly("one", "two");
    }

    @Test
    void twentyOneImagesAreRefused() {
        List<PostImage> images = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            images.add(PostImage.uploaded("urn:li:image:I" + i, null));
        }

        assertThat(Post.builder("x").images(images.subList(0, 20)).build().content().images()).hasSize(20);
        assertThatThrownBy(() -> Post.builder("x").images(images).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 to 20 images, not 21");
    }

    @Test
    void imagesAndAnArticleTogetherAreRefused() {
        assertThatThrownBy(() -> Post.builder("x").image(CAT, null)
                .article(URI.create("https://example.com"), "T", null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one kind of content");
    }

    @Test
    void anArticleNeedsAnHttpLinkAndATitle() {
        assertThatThrownBy(() -> new PostContent.Article(URI.create("ftp://example.com/x"), "T", null, null))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PostContent.Article(URI.create("https://example.com/x"), " ", null, null))
                .hasMessageContaining("title");
        assertThat(new PostContent.Article(URI.create("https://example.com/x"), "T", "D",
                PostImage.file(CAT, "thumb")).images()).hasSize(1);
    }

    @Test
    void altTextLongerThan4086CharactersIsRefused() {
        assertThat(PostImage.file(CAT, "a".repeat(4086)).altText()).hasSize(4086);
        assertThatThrownBy(() -> PostImage.file(CAT, "a".repeat(4087))).hasMessageContaining("4087 characters");
    }

    @Test
    void anUploadedImageIsAnImageUrn() {
        assertThatThrownBy(() -> PostImage.uploaded("urn:li:digitalmediaAsset:1", null)).hasMessageContaining("urn:li:image:ID");
    }

    @Test
    void toBuilderKeepsEverythingAndChangesOnlyWhatIsSet() {
        Post post = Post.builder("x").image(CAT, "a").imageTitle("T").member("M1").raw(true).build();

        Post copy = post.toBuilder().visibility(Post.Visibility.CONNECTIONS).build();

        assertThat(copy).isEqualTo(new Post("x", true, "urn:li:person:M1", Post.Visibility.CONNECTIONS, post.content()));
        assertThat(post.toBuilder().image(Path.of("b.png"), "b").imageTitle(null).build().content())
                .isInstanceOf(PostContent.MultiImage.class);
        assertThat(Post.of("t").toBuilder().text("u").build().text()).isEqualTo("u");
    }

    @Test
    void theUgcApiRefusesImagesBeforeAnyRequest() {
        try (LinkedInHttp http = LinkedInHttp.create()) {
            LinkedInPosts ugc = LinkedInPosts.builder(http).endpoints(LinkedInEndpoints.forBaseUrl(URI.create("http://127.0.0.1:9")))
                    .api(PostingApi.UGC_POSTS).build();
            Post post = Post.builder("x").image(PostImage.uploaded("urn:li:image:A", null)).member("M").build();

            assertThatThrownBy(() -> ugc.publish("token", post)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Posts API");
        }
    }
}
