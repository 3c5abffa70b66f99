package vn.gov.assistant.knowledge.importer.html;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a fetch may reach: public ones only, not this machine (loopback, any-local), not
 * private networks (10/8, 172.16/12, 192.168/16, carrier-grade NAT 100.64/10, IPv6 unique local
 * fc00::/7), not link-local (169.254/16: cloud metadata services live there; fe80::/10), nor
 * multicast, reserved or documentation ranges; IPv6 forms that embed an IPv4 address (mapped,
 * compatible, NAT64, 6to4) are judged by that address.
 */
final class Addresses {

    private Addresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return isPublic(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // this network
                || a0 == 10
                || a0 == 127
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2) // documentation
                || (a0 == 192 && a1 == 168)
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224); // multicast, reserved, broadcast
    }

    /** The IPv4 address inside an IPv6 one (::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::/96, 2002::/16), or null. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros10 = true;
        for (int i = 0; i < 10; i++) {
            zeros10 &= b[i] == 0;
        }
        boolean compatible = zeros10 && b[10] == 0 && b[11] == 0;
        boolean mapped = zeros10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        if (compatible || mapped) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]}; // 6to4
        }
        return null;
    }
}
