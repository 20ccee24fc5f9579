package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The @RegisterExtension style, configured in code. */
class ProgrammaticFixtureTest {
    @RegisterExtension
    static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder()
            .member(FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build())
            .build();

    @Test
    void hasTheConfiguredMember() {
        assertEquals("Grace", linkedIn.get().config().defaultMember().givenName());
    }
}
