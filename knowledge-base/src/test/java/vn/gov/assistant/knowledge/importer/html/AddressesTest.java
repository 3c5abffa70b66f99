package vn.gov.assistant.knowledge.importer.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

    private static boolean isPublic(String literal) throws Exception {
        return Addresses.isPublic(InetAddress.getByName(literal));
    }

    @Test
    void thisMachinePrivateNetworksAndMetadataServicesAreNotPublic() throws Exception {
        for (String local : new String[] {
            "127.0.0.1",
            "127.9.9.9",
            "0.0.0.0",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.0.1",
            "100.64.0.1",
            "169.254.169.254",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2002:7f00:1::",
            "2001:db8::1"
        }) {
            assertThat(isPublic(local)).as(local).isFalse();
        }
    }

    @Test
    void internetAddressesArePublic() throws Exception {
        for (String open : new String[] {
            "1.1.1.1", "8.8.8.8", "172.32.0.1", "100.128.0.1", "203.113.1.1", "2606:4700:4700::1111", "64:ff9b::808:808"
        }) {
            assertThat(isPublic(open)).as(open).isTrue();
        }
    }
}
