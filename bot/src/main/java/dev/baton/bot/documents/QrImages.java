package dev.baton.bot.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.google.zxing.common.BitMatrix;

/**
 * The QR code of a verification URL as a black-and-white PNG, for the documents that take
 * pictures (Word).
 */
final class QrImages {

	private QrImages() {
	}

	static byte[] png(String text, int pixelsPerModule) {
		BitMatrix m = QrCodes.of(text);
		BufferedImage image = new BufferedImage(m.getWidth() * pixelsPerModule, m.getHeight() * pixelsPerModule,
				BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, m.get(x / pixelsPerModule, y / pixelsPerModule) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
