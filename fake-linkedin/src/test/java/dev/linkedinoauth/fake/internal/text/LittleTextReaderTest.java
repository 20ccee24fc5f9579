package dev.linkedinoauth.fake.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the fake reads a commentary as LinkedIn does: escapes, mentions, hashtags, and the silent cut. */
class LittleTextReaderTest {

    @Test
    void plainTextIsShownWholeAndNotCut() {
        LittleTextReader.Reading reading = LittleTextReader.read("Hello LinkedIn API, it works!");

        assertThat(reading.shownText()).isEqualTo("Hello LinkedIn API, it works!");
        assertThat(reading.truncated()).isFalse();
        assertThat(reading.kept()).isEqualTo("Hello LinkedIn API, it works!");
    }

    @ParameterizedTest(name = "unescaped {0}")
    @ValueSource(strings = {"\\", "|", "{", "}", "@", "[", "]", "(", ")", "<", ">", "#", "*", "_", "~"})
    void everyUnescapedReservedCharacterCutsTheTextThere(String reserved) {
        LittleTextReader.Reading reading = LittleTextReader.read("before " + reserved + " after");

        assertThat(reading.truncated()).isTrue();
        assertThat(reading.cutAt()).isEqualTo(7);
        assertThat(reading.cutCharacter()).isEqualTo(reserved.charAt(0));
        assertThat(reading.shownText()).isEqualTo("before ");
        assertThat(reading.kept()).isEqualTo("before ");
    }

    @ParameterizedTest(name = "escaped {0}")
    @ValueSource(strings = {"\\", "|", "{", "}", "@", "[", "]", "(", ")", "<", ">", "#", "*", "_", "~"})
    void everyEscapedReservedCharacterIsShownAsItself(String reserved) {
        LittleTextReader.Reading reading = LittleTextReader.read("before \\" + reserved + " after");

        assertThat(reading.truncated()).isFalse();
        assertThat(reading.shownText()).isEqualTo("before " + reserved + " after");
    }

    @Test
    void theSmileyOfTheGuideIsCutWithoutEscaping() {
        assertThat(LittleTextReader.read("Hello LinkedIn API :-)").shownText()).isEqualTo("Hello LinkedIn API :-");
        assertThat(LittleTextReader.read("Hello LinkedIn API :-\\)").shownText()).isEqualTo("Hello LinkedIn API :-)");
    }

    @Test
    void aMentionIsShownAsTheName() {
        LittleTextReader.Reading reading = LittleTextReader.read("Thanks @[ACME Corp](urn:li:organization:123) and "
                + "@[Ada](urn:li:person:AbC12dEf3G)!");

        assertThat(reading.truncated()).isFalse();
        assertThat(reading.shownText()).isEqualTo("Thanks ACME Corp and Ada!");
        assertThat(reading.segments()).contains(new LittleTextReader.Segment.Mention("ACME Corp", "urn:li:organization:123"));
    }

    @Test
    void hashtagsInBothFormsAreShownWithTheirHash() {
        LittleTextReader.Reading reading = LittleTextReader.read("#java and {hashtag|\\#|linkedin} rock");

        assertThat(reading.truncated()).isFalse();
        assertThat(reading.shownText()).isEqualTo("#java and #linkedin rock");
        assertThat(reading.segments()).contains(new LittleTextReader.Segment.Hashtag("java"));
    }

    @Test
    void aMalformedMentionCutsAtItsAtSign() {
        LittleTextReader.Reading reading = LittleTextReader.read("Hi @[ACME](https://example.com) there");

        assertThat(reading.shownText()).isEqualTo("Hi ");
        assertThat(reading.cutCharacter()).isEqualTo('@');
    }

    @Test
    void aHashFollowedByNoWordCuts() {
        assertThat(LittleTextReader.read("We are # 1").shownText()).isEqualTo("We are ");
    }

    @Test
    void aTrailingBackslashCuts() {
        LittleTextReader.Reading reading = LittleTextReader.read("ends with \\");

        assertThat(reading.truncated()).isTrue();
        assertThat(reading.kept()).isEqualTo("ends with ");
    }

    @ParameterizedTest(name = "a name of {0} characters")
    @ValueSource(ints = {3_000, 1_000_000})
    void aMentionOfAnyLengthIsReadWithoutRecursion(int length) {
        String name = "a".repeat(length - 2) + "\\]";

        LittleTextReader.Reading reading = LittleTextReader.read("@[" + name + "](urn:li:person:x) done");

        assertThat(reading.truncated()).isFalse();
        assertThat(reading.segments()).first().isEqualTo(
                new LittleTextReader.Segment.Mention("a".repeat(length - 2) + "]", "urn:li:person:x"));
        assertThat(reading.shownText()).endsWith("] done");
    }

    @ParameterizedTest(name = "{0} characters, never closed")
    @ValueSource(ints = {3_000, 1_000_000})
    void anUnfinishedConstructOfAnyLengthCutsAtItsStart(int length) {
        String filler = "b".repeat(length);

        assertThat(LittleTextReader.read("x @[" + filler).cutAt()).isEqualTo(2);
        assertThat(LittleTextReader.read("x @[" + filler + "](urn:li:person:" + filler).cutAt()).isEqualTo(2);
        assertThat(LittleTextReader.read("x {hashtag|\\#|" + filler).cutAt()).isEqualTo(2);
        assertThat(LittleTextReader.read("#" + filler).segments()).containsExactly(new LittleTextReader.Segment.Hashtag(filler));
    }

    @Test
    void manyReservedCharactersAreReadInOnePass() {
        String text = "\\@".repeat(300_000) + "#tag ".repeat(100_000);

        LittleTextReader.Reading reading = LittleTextReader.read(text);

        assertThat(reading.truncated()).isFalse();
        assertThat(reading.segments()).hasSize(1 + 200_000);
    }
}
