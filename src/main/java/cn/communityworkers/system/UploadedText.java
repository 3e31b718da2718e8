package cn.communityworkers.system;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Uploaded text (the CSV files) read as it arrives, without holding the whole file in memory. Its size in bytes is
 * limited before it is read ({@code security.max-upload-size}); its number of lines here
 * ({@code security.max-upload-lines}): an import keeps every row until it knows that all are good, and a file of
 * empty or tiny rows would otherwise hold millions of them.
 */
@Component
public class UploadedText {

    private final long maxLines;

    UploadedText(SecuritySettings settings) {
        this.maxLines = settings.maxUploadLines();
    }

    /** Thrown while reading a file that has more lines than the limit. */
    public static final class TooManyLinesException extends IOException {
        TooManyLinesException(long maxLines) {
            super("文件超过 " + maxLines + " 行,请拆分为较小的文件后分别导入");
        }
    }

    /**
     * The text of UTF-8 bytes after their byte-order mark, if any (Excel writes one). A malformed byte is an error
     * ({@link java.nio.charset.CharacterCodingException} while reading), not a replacement character; so is a line
     * beyond the limit ({@link TooManyLinesException}).
     */
    public Reader reader(InputStream content) throws IOException {
        PushbackReader reader = new PushbackReader(new LineLimit(new BufferedReader(new InputStreamReader(content,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))));
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private final class LineLimit extends FilterReader {

        private long lines;

        LineLimit(Reader text) {
            super(text);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            long newLines = 0;
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    newLines++;
                }
            }
            count(newLines);
            return n;
        }

        private void count(long newLines) throws TooManyLinesException {
            lines += newLines;
            if (lines > maxLines) {
                throw new TooManyLinesException(maxLines);
            }
        }
    }
}
