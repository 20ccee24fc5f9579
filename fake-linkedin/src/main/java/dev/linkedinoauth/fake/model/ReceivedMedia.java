package dev.linkedinoauth.fake.model;

/**
 * One image a received post references: in {@code content.media}, {@code content.multiImage.images} or as an
 * article's {@code thumbnail}.
 *
 * <pre>{@code
 * ReceivedMedia first = fake.posts().get(0).media().get(0);
 * assertThat(first.altText()).isEqualTo("A grey cat");
 * }</pre>
 *
 * @param image   {@code urn:li:image:…} (read its bytes with {@code fake.image(urn)})
 * @param altText the alt text sent, or null
 */
public record ReceivedMedia(String image, String altText) {
}
