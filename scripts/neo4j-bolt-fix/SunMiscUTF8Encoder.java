// Replaces Neo4j 3.1.1's class of the same name, which cannot initialise on Java 9+ (String is backed by
// byte[] there) and so breaks every Bolt connection. Compiled into the instance's plugins folder, which
// precedes lib/*.jar on the server's classpath. See docs/local-neo4j.md.
package org.neo4j.bolt.v1.packstream.utf8;

public class SunMiscUTF8Encoder implements UTF8Encoder {
    private final UTF8Encoder delegate = new VanillaUTF8Encoder();

    public java.nio.ByteBuffer encode(String input) {
        return delegate.encode(input);
    }
}
