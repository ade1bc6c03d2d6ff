package dev.baton.bot.documents;

import java.util.Locale;

import dev.baton.bot.system.NotFoundException;

/** The files of an archived handover: the 交接书 as PDF or Word, the 交接表 as Excel. */
public enum DocumentFormat {

	PDF("application/pdf", "交接书", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "交接书", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "交接表", "xlsx");

	private final String contentType;

	private final String name;

	private final String extension;

	DocumentFormat(String contentType, String name, String extension) {
		this.contentType = contentType;
		this.name = name;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	/** 交接书-市统计局-12.pdf: the kind of document, the unit and the handover's number. */
	public String fileName(String unitName, long handoverId) {
		return name + "-" + unitName.replaceAll("[\\\\/:*?\"<>|\\s]", "") + "-" + handoverId + "." + extension;
	}

	/**
	 * The ASCII name beside it: handover-12.pdf, handover-12.docx,
	 * handover-tables-12.xlsx.
	 */
	public String asciiName(long handoverId) {
		return (this == XLSX ? "handover-tables-" : "handover-") + handoverId + "." + extension;
	}

	/** pdf, docx or xlsx, as a path or a command names it; anything else is refused. */
	public static DocumentFormat of(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		for (DocumentFormat f : values()) {
			if (f.extension.equals(t)) {
				return f;
			}
		}
		throw new NotFoundException("documentFormat",
				text == null ? "" : text.length() > 16 ? text.substring(0, 16) : text);
	}

}
