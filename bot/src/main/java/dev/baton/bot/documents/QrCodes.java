package dev.baton.bot.documents;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a verification URL, as ZXing's module matrix (drawn as vector squares,
 * so it prints sharp).
 */
final class QrCodes {

	private QrCodes() {
	}

	/**
	 * The modules of the code, with the quiet zone of one module each side; medium error
	 * correction (15%).
	 */
	static BitMatrix of(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION,
					ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("no QR code for " + text, ex);
		}
	}

}
