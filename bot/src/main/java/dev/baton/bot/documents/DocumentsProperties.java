package dev.baton.bot.documents;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The documents, {@code baton.documents.*}.
 *
 * @param verifyUrl the verification page's address as printed in the QR code of every 交接书
 * page, the digest added after it: the address people reach Baton at. Not set:
 * {@code http://localhost:<the server's actual port>/verify/} (newcomer 9: it said port
 * 8080 whatever port the bot ran on), fit for the embedded default and the demo only
 */
@ConfigurationProperties("baton.documents")
@Validated
public record DocumentsProperties(
		@Pattern(regexp = "https?://\\S+", message = "must be an http:// or https:// address") String verifyUrl) {

}
