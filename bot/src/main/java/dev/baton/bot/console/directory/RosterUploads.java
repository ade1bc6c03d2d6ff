package dev.baton.bot.console.directory;

import dev.baton.bot.roster.RosterImport;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Form uploads (the console's roster upload is the only one): a file up to
 * {@code baton.roster.max-bytes}, the form around it a little more, written to a
 * temporary file as it arrives (never held in memory whole). Taking the place of Spring
 * Boot's {@code spring.servlet.multipart.max-*} (1 MB a file), so the console takes what
 * the API takes. A file over the limit is refused while the console's filters read the
 * form: {@link RosterTooLarge} answers it.
 */
@Configuration(proxyBeanMethods = false)
class RosterUploads {

	/** Room for the form's other fields and the part headers around the file. */
	static final long FORM_OVERHEAD = 64 * 1024;

	@Bean
	MultipartConfigElement multipartConfigElement(RosterImport roster) {
		long max = roster.properties().maxBytes();
		return new MultipartConfigElement(null, max, max + FORM_OVERHEAD, 0);
	}

}
