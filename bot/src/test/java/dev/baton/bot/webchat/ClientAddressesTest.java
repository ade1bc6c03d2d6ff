package dev.baton.bot.webchat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which client addresses {@code baton.webchat.allowed-clients} lets through: addresses
 * and CIDR blocks, v4 and v6.
 */
class ClientAddressesTest {

	@Test
	void theDefaultIsThisMachineOnly() {
		ClientAddresses loopback = ClientAddresses.parse(WebChat.LOOPBACK);

		assertThat(loopback.allows("127.0.0.1")).isTrue();
		assertThat(loopback.allows("127.8.9.10")).isTrue();
		assertThat(loopback.allows("::1")).isTrue();
		assertThat(loopback.allows("0:0:0:0:0:0:0:1")).as("as Tomcat writes ::1").isTrue();
		assertThat(loopback.allows("10.0.0.1")).isFalse();
		assertThat(loopback.allows("192.168.1.20")).isFalse();
		assertThat(loopback.allows("fe80:0:0:0:0:0:0:1")).isFalse();
		assertThat(loopback.allows("localhost")).as("a name is never looked up").isFalse();
		assertThat(loopback.allows(null)).isFalse();
	}

	@Test
	void blocksAndSingleAddresses() {
		ClientAddresses office = ClientAddresses.parse(" 10.8.0.0/16, 192.168.1.7 ,2001:db8::/32, 172.16.0.0/12");

		assertThat(office.allows("10.8.200.3")).isTrue();
		assertThat(office.allows("10.9.0.1")).isFalse();
		assertThat(office.allows("192.168.1.7")).isTrue();
		assertThat(office.allows("192.168.1.8")).isFalse();
		assertThat(office.allows("2001:db8:1::5")).isTrue();
		assertThat(office.allows("2001:db9::5")).isFalse();
		assertThat(office.allows("172.31.255.255")).isTrue();
		assertThat(office.allows("172.32.0.0")).isFalse();
		assertThat(office.allows("127.0.0.1")).as("loopback only when listed").isFalse();
		assertThat(ClientAddresses.parse("0.0.0.0/0").allows("203.0.113.9")).isTrue();
	}

	@Test
	void whatIsNotAnAddressStopsTheStart() {
		assertThatThrownBy(() -> ClientAddresses.parse("intranet.example")).hasMessageContaining("intranet.example");
		assertThatThrownBy(() -> ClientAddresses.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
		assertThatThrownBy(() -> ClientAddresses.parse("10.0.0.0/x")).hasMessageContaining("prefix");
		assertThatThrownBy(() -> ClientAddresses.parse(" , ")).hasMessageContaining("no address");
	}

}
