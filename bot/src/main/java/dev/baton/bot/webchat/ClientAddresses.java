package dev.baton.bot.webchat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client addresses the web chat answers: IP addresses and CIDR blocks
 * ({@code 127.0.0.0/8}, {@code ::1}, {@code 10.8.0.0/16}). Only literal addresses are
 * taken, never host names (nothing is looked up).
 */
final class ClientAddresses {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private final List<Block> blocks;

	private final String text;

	private ClientAddresses(List<Block> blocks, String text) {
		this.blocks = blocks;
		this.text = text;
	}

	/**
	 * @throws IllegalArgumentException naming the entry that is not an address or block
	 */
	static ClientAddresses parse(String list) {
		List<Block> blocks = new ArrayList<>();
		for (String entry : list.split(",")) {
			String e = entry.strip();
			if (e.isEmpty()) {
				continue;
			}
			int slash = e.indexOf('/');
			String address = slash < 0 ? e : e.substring(0, slash);
			byte[] bytes = literal(address, e);
			int bits = bytes.length * 8;
			int prefix = bits;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(e.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > bits) {
					throw new IllegalArgumentException(
							WebChat.ALLOWED_CLIENTS + ": " + e + " has no valid prefix length");
				}
			}
			blocks.add(new Block(bytes, prefix));
		}
		if (blocks.isEmpty()) {
			throw new IllegalArgumentException(WebChat.ALLOWED_CLIENTS + " lists no address");
		}
		return new ClientAddresses(List.copyOf(blocks), list.strip());
	}

	/**
	 * Whether the address (as the servlet container reports it) is in one of the blocks.
	 */
	boolean allows(String remoteAddress) {
		if (remoteAddress == null || !LITERAL.matcher(remoteAddress).matches()) {
			return false;
		}
		byte[] bytes;
		try {
			bytes = InetAddress.getByName(remoteAddress).getAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
		return blocks.stream().anyMatch(b -> b.contains(bytes));
	}

	@Override
	public String toString() {
		return text;
	}

	private static byte[] literal(String address, String entry) {
		if (!LITERAL.matcher(address).matches()) {
			throw new IllegalArgumentException(
					WebChat.ALLOWED_CLIENTS + ": " + entry + " is not an IP address or block");
		}
		try {
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(
					WebChat.ALLOWED_CLIENTS + ": " + entry + " is not an IP address or block", ex);
		}
	}

	private record Block(byte[] network, int prefix) {

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			int full = prefix / 8;
			if (!Arrays.equals(address, 0, full, network, 0, full)) {
				return false;
			}
			int rest = prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (address[full] & mask) == (network[full] & mask);
		}

	}

}
