package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LittleTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(chars = {'\\', '|', '{', '}', '@', '[', ']', '(', ')', '<', '>', '#', '*', '_', '~'})
    void everyReservedCharacterGetsOneBackslash(char reserved) {
        assertThat(LittleText.escape("a" + reserved + "b")).isEqualTo("a\\" + reserved + "b");
        assertThat(LittleText.isReserved(reserved)).isTrue();
    }

    @Test
    void theReservedSetIsExactlyTheContractsFifteenCharacters() {
        assertThat(LittleText.RESERVED.chars().distinct().count()).isEqualTo(15);
        assertThat(LittleText.RESERVED).containsOnlyOnce("\\").contains("|", "{", "}", "@", "[", "]", "(", ")", "<", ">",
                "#", "*", "_", "~");
    }

    @Test
    void otherCharactersAreLeftAlone() {
        String text = "Hello, LinkedIn API! 100% \"quoted\" 'single' $5 & more: ümlaut → 🚀 line\nbreak\ttab ^ ` = + - / ? . ;";

        assertThat(LittleText.escape(text)).isEqualTo(text);
    }

    @Test
    void theGuidesSmileyIsEscaped() {
        assertThat(LittleText.escape("Hello LinkedIn API :-)")).isEqualTo("Hello LinkedIn API :-\\)");
    }

    @Test
    void anAlreadyEscapedTextIsEscapedAgainSoItsBackslashesShow() {
        assertThat(LittleText.escape("\\(")).isEqualTo("\\\\\\(");
    }

    @Test
    void anEmptyTextStaysEmpty() {
        assertThat(LittleText.escape("")).isEmpty();
    }
}
