package dev.baton.bot.documents;

import dev.baton.bot.handover.Handover;
import org.springframework.stereotype.Component;

/**
 * The files of an archived handover, made from its frozen record when asked (the same
 * record, the same file).
 */
@Component
public class HandoverFiles {

	private final HandoverDocuments documents;

	private final HandoverPdf pdf;

	private final HandoverDocx docx;

	private final HandoverXlsx xlsx;

	HandoverFiles(HandoverDocuments documents, HandoverPdf pdf, HandoverDocx docx, HandoverXlsx xlsx) {
		this.documents = documents;
		this.pdf = pdf;
		this.docx = docx;
		this.xlsx = xlsx;
	}

	/** Refused ({@link NotArchivedException}) for a handover not archived. */
	public DocumentFile file(Handover h, DocumentFormat format) {
		HandoverDocument d = documents.of(h);
		byte[] bytes = switch (format) {
			case PDF -> pdf.render(d);
			case DOCX -> docx.render(d);
			case XLSX -> xlsx.render(d);
		};
		return new DocumentFile(format.fileName(d.unitName(), h.id()), format.contentType(), bytes,
				format.asciiName(h.id()));
	}

}
