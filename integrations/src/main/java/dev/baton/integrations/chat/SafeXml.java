package dev.baton.integrations.chat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML from outside, parsed with DTDs refused outright: no entities, no external
 * resources, no XInclude (no XXE).
 */
public final class SafeXml {

	private static final DocumentBuilderFactory FACTORY = factory();

	/**
	 * A builder per thread, reset after each use: making one per parse cost a new parser
	 * and security manager each time (the P1 ingest profile, BENCHMARKS.md).
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

	private SafeXml() {
	}

	public static Document parse(byte[] xml) {
		DocumentBuilder builder = BUILDERS.get();
		try {
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException ex) {
			throw new CallbackRejected(400, "malformed or forbidden XML (DTDs are refused)", ex);
		}
		finally {
			builder.reset();
			builder.setErrorHandler(null);
		}
	}

	private static DocumentBuilder newBuilder() {
		try {
			DocumentBuilder builder = FACTORY.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of the root's direct child element, or null. */
	public static String child(Document document, String name) {
		for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e.getTextContent();
			}
		}
		return null;
	}

	private static DocumentBuilderFactory factory() {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			f.setXIncludeAware(false);
			f.setExpandEntityReferences(false);
			f.setNamespaceAware(false);
			// a callback is a few elements: building them at once costs less than the
			// deferred DOM's large node tables
			f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
			return f;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser lacks a hardening feature", ex);
		}
	}

}
