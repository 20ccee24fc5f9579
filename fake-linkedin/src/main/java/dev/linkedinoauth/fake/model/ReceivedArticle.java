package dev.linkedinoauth.fake.model;

/**
 * The article (link card) of a received post: {@code content.article} as sent.
 *
 * <pre>{@code
 * ReceivedArticle card = fake.posts().get(0).article().orElseThrow();
 * assertThat(card.source()).isEqualTo("https://example.com/post");
 * }</pre>
 *
 * @param source           the link
 * @param title            the title
 * @param description      the description, or null
 * @param thumbnail        {@code urn:li:image:…}, or null
 * @param thumbnailAltText the thumbnail's alt text, or null
 */
public record ReceivedArticle(String source, String title, String description, String thumbnail,
                              String thumbnailAltText) {
}
