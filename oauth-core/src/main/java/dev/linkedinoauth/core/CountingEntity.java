package dev.linkedinoauth.core;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/** An upload's body that tells {@link UploadProgress} the bytes sent as HttpClient writes them. */
final class CountingEntity extends HttpEntityWrapper {
    private final Path file;
    private final UploadProgress progress;

    CountingEntity(HttpEntity entity, Path file, UploadProgress progress) {
        super(entity);
        this.file = file;
        this.progress = progress;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        long total = getContentLength();
        OutputStream counting = new FilterOutputStream(out) {
            private long sent;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                sent += len;
                progress.update(file, sent, total);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                sent++;
                progress.update(file, sent, total);
            }
        };
        super.writeTo(counting);
        counting.flush();
    }
}
