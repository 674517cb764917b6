package org.triagedesk.knowledgebase.entity;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the redaction of evidence never masks, because it identifies nobody and the diagnosis needs it:
 * address ranges (loopback, link-local, the documentation ranges) and public vendor and project domains
 * ({@code coredns.io}, {@code kubernetes.io}, {@code mcr.microsoft.com} …), kept in
 * {@code kb/redaction/allow-list.txt}. The ranges that standards reserve for loopback, link-local use and
 * documentation ({@link #RESERVED}) are never a customer's address and are always kept; the file adds to them.
 * A domain covers its subdomains ({@code microsoft.com} keeps {@code mcr.microsoft.com}), never a name that
 * merely ends the same way ({@code evilmicrosoft.com} is masked).
 */
public record RedactionAllowList(List<Network> networks, List<String> domains) {

    /** An address range: the address's bits and how many of them are the prefix. */
    public record Network(String text, byte[] address, int prefix) {

        public boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, other).and(mask));
        }

        /** {@code 192.0.2.0/24}, {@code fe80::/10}, or one address ({@code ::1}); empty when it is not one. */
        public static Optional<Network> parse(String text) {
            String t = text.strip();
            int slash = t.indexOf('/');
            String address = slash < 0 ? t : t.substring(0, slash);
            Optional<byte[]> bytes = addressBytes(address);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            int max = bytes.get().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? max : Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > max) {
                return Optional.empty();
            }
            return Optional.of(new Network(t, bytes.get(), prefix));
        }
    }

    /** Loopback, link-local and the documentation ranges of IPv4 (RFC 5737) and IPv6 (RFC 3849). */
    public static final List<Network> RESERVED = List.of("127.0.0.0/8", "::1/128", "169.254.0.0/16", "fe80::/10", "192.0.2.0/24",
            "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32").stream().map(n -> Network.parse(n).orElseThrow()).toList();

    /** Only the reserved ranges: what is kept when kb/ has no allow-list. */
    public static final RedactionAllowList RESERVED_ONLY = new RedactionAllowList(List.of(), List.of());

    public RedactionAllowList {
        List<Network> all = new ArrayList<>(RESERVED);
        networks.stream().filter(n -> RESERVED.stream().noneMatch(r -> r.text().equals(n.text()))).forEach(all::add);
        networks = List.copyOf(all);
        domains = domains.stream().map(RedactionAllowList::normalise).distinct().toList();
    }

    /** An IPv4 or IPv6 address (as the evidence writes it) inside one of the ranges. */
    public boolean keepsAddress(String address) {
        return addressBytes(address).map(bytes -> networks.stream().anyMatch(n -> n.contains(bytes))).orElse(false);
    }

    /** A host name that is one of the domains or inside one. */
    public boolean keepsHost(String host) {
        String h = normalise(host);
        return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }

    /** A domain as the file may write it: {@code coredns.io}, {@code *.coredns.io}, {@code .coredns.io}. */
    public static boolean isDomain(String text) {
        return normalise(text).matches("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    }

    private static String normalise(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("*.")) {
            d = d.substring(2);
        } else if (d.startsWith(".")) {
            d = d.substring(1);
        }
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /**
     * The bytes of an address literal, without ever asking a name server: IPv4 by hand, IPv6 (which holds a colon,
     * so is never a host name) by {@link InetAddress}. A zone ({@code fe80::1%eth0}) is left out.
     */
    static Optional<byte[]> addressBytes(String text) {
        String t = text.strip();
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        if (t.matches("\\d{1,3}(?:\\.\\d{1,3}){3}")) {
            String[] parts = t.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) value;
            }
            return Optional.of(bytes);
        }
        if (t.contains(":") && t.matches("(?i)[0-9a-f:.]+")) {
            try {
                // an IPv4-mapped address (::ffff:127.0.0.1) comes back as the IPv4 address it is
                return Optional.of(InetAddress.getByName(t).getAddress());
            } catch (UnknownHostException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
