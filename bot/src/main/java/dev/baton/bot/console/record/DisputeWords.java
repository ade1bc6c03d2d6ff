package dev.baton.bot.console.record;

import java.math.BigDecimal;
import java.util.Locale;

import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.web.HandoverView.DisputeValue;
import dev.baton.bot.web.HandoverView.DisputeView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ruling's correction on the record page, the value the departing side stated beside
 * the one the ruling wrote (更正数量：原填报42人 → 更正为40人), for an amount, a quantity or a
 * deadline alike, from the API's dispute object (#12/#17, newcomer 14, finding 16: a
 * corrected quantity had no line, a corrected amount no original). Templates reach it as
 * {@code disputeWords}.
 */
@Component("disputeWords")
public class DisputeWords {

	private final PageTexts texts;

	DisputeWords(PageTexts texts) {
		this.texts = texts;
	}

	/** The correction's line; "" when the ruling wrote no value. */
	public String corrected(DisputeView d) {
		if (d.corrected() == null || d.field() == null) {
			return "";
		}
		return texts.text("supervision.corrected." + d.field(), value(d.field(), d.original()),
				value(d.field(), d.corrected()));
	}

	/**
	 * A change of an item's value, by whom it was made (#12, newcomer 16, finding 3;
	 * newcomer 20a, finding 15): 离任干部更正金额：原填报865,000.00元 → 更正为868,000.00元, then
	 * 审计部门裁定更正金额：原填报868,000.00元 → 更正为832,000.00元.
	 */
	public String departing(dev.baton.bot.web.HandoverView.CorrectedView c) {
		if (c.by() != null && !"DEPARTING".equals(c.by())) {
			return texts.text("t20a.record.ruled." + c.field(), texts.text("label." + c.by()),
					stored(c.field(), c.was()), stored(c.field(), c.now()));
		}
		return texts.text("t19b.record.corrected." + c.field(), stored(c.field(), c.was()), stored(c.field(), c.now()));
	}

	private String stored(String field, String value) {
		if (value == null) {
			return texts.text("supervision.corrected.none");
		}
		int space = value.lastIndexOf(' ');
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return switch (field) {
			case "AMOUNT" -> space < 0 ? texts.money(value, null)
					: texts.money(value.substring(0, space), value.substring(space + 1));
			case "QUANTITY" -> space < 0 ? value
					: Quantity.format(new BigDecimal(value.substring(0, space)), value.substring(space + 1), english);
			default -> {
				dev.baton.bot.checklist.DoneDate when = dev.baton.bot.checklist.DoneDate.parse(value);
				yield when.day() != null ? texts.day(when.day())
						: texts.text("t19b.record.month", String.valueOf(when.month().getYear()),
								String.valueOf(when.month().getMonthValue()), when.month().toString());
			}
		};
	}

	private String value(String field, DisputeValue v) {
		String said = v == null ? null : switch (field) {
			case "AMOUNT" -> v.amount() == null ? null : texts.money(v.amount(), v.currency());
			case "QUANTITY" ->
				v.quantity() == null ? null : Quantity.format(new BigDecimal(v.quantity()), v.quantityUnit(),
						Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()));
			default -> v.date() == null ? null : texts.day(v.date());
		};
		return said == null ? texts.text("supervision.corrected.none") : said;
	}

}
