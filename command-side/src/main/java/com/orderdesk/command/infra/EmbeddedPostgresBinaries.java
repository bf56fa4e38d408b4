package com.orderdesk.command.infra;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the embedded library unpacks the PostgreSQL binaries, so that OrderDesk can run one of them itself before
 * the server starts (setting the password: {@link EmbeddedPostgresPassword}). The library names the directory after
 * the MD5 of the bundle it unpacked; this resolver hands it the default bundle and digests what the library reads.
 */
final class EmbeddedPostgresBinaries implements PgBinaryResolver {

    /** One instance: the library unpacks once per resolver and JVM, keyed by the resolver. */
    static final EmbeddedPostgresBinaries INSTANCE = new EmbeddedPostgresBinaries();

    private volatile String bundleDigest;

    private EmbeddedPostgresBinaries() {
    }

    /** Where the library unpacks (its own default, given to it explicitly so both agree). */
    static File workingDirectory() {
        File temporary = new File(System.getProperty("java.io.tmpdir"), "embedded-pg");
        return new File(System.getProperty("ot.epg.working-dir", temporary.getPath()));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream bundle = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (bundle == null) {
            return null;
        }
        try {
            return new DigestInputStream(bundle, MessageDigest.getInstance("MD5")) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (!closed) { // the library closes it twice
                        closed = true;
                        bundleDigest = HexFormat.of().formatHex(getMessageDigest().digest());
                    }
                    super.close();
                }
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }

    /** A program of the unpacked bundle ({@code postgres}, {@code initdb}, {@code pg_ctl}); after the unpacking. */
    File program(String name) {
        if (bundleDigest == null) {
            throw new IllegalStateException("The PostgreSQL binaries are not unpacked yet");
        }
        return new File(new File(workingDirectory(), "PG-" + bundleDigest), "bin/" + name);
    }
}
