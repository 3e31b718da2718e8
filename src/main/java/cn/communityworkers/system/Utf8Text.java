package cn.communityworkers.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Uploaded text (the CSV files) read as it arrives, without holding the whole file in memory. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The text of UTF-8 bytes after their byte-order mark, if any (Excel writes one). A malformed byte is an error
     * ({@link java.nio.charset.CharacterCodingException} while reading), not a replacement character.
     */
    public static Reader reader(InputStream content) throws IOException {
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(content,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))));
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
