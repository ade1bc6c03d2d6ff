package dev.baton.bot.documents;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The documents, {@code baton.documents.*}.
 *
 * @param verifyUrl the verification page's address as printed in the QR code of every 交接书 page, the digest added
 * after it (default {@code http://localhost:8080/verify/}): the address people reach Baton at
 */
@ConfigurationProperties("baton.documents")
@Validated
public record DocumentsProperties(
		@Pattern(regexp = "https?://\\S+", message = "must be an http:// or https:// address") String verifyUrl) {

	public DocumentsProperties {
		verifyUrl = verifyUrl == null ? "http://localhost:8080/verify/" : verifyUrl;
	}

}
