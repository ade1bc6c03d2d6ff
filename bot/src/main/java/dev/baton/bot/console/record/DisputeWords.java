package dev.baton.bot.console.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.checklist.Quantity;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.web.HandoverView.CorrectedView;
import dev.baton.bot.web.HandoverView.SectionView;
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
		return corrected(d, null);
	}

	/**
	 * The correction's line; where the departing official had corrected the value before
	 * the ruling, the value before the ruling is said as such, with what was first
	 * declared (newcomer 21, finding 24: 原填报1,020,000.00元 named the official's own
	 * correction): 更正金额：裁定前1,020,000.00元（原填报1,200,000.00元，离任干部更正为1,020,000.00元）→
	 * 更正为980,000.00元.
	 * @param sections the checklist, whose items hold their corrections (null: not looked
	 * at)
	 */
	public String corrected(DisputeView d, List<SectionView> sections) {
		if (d.corrected() == null || d.field() == null) {
			return "";
		}
		String before = value(d.field(), d.original());
		String now = value(d.field(), d.corrected());
		CorrectedView own = sections == null ? null
				: sections.stream()
					.flatMap(s -> s.items().stream())
					.filter(i -> i.seq() == d.itemSeq())
					.findFirst()
					.flatMap(i -> ownBefore(i.corrected(), d.field()))
					.orElse(null);
		if (own != null) {
			return texts.text("record.corrected.afterOwn." + d.field(), before, stored(own.field(), own.was()), now);
		}
		return texts.text("supervision.corrected." + d.field(), before, now);
	}

	/**
	 * A change of an item's value, by whom it was made; a ruling on a value the departing
	 * official had corrected says the value before the ruling as such, with what was
	 * first declared (newcomer 21, finding 24).
	 * @param all the item's changes, in the order made
	 */
	public String departing(CorrectedView c, List<CorrectedView> all) {
		if (c.by() != null && !"DEPARTING".equals(c.by())) {
			CorrectedView own = ownBefore(all, c.field()).filter(o -> java.util.Objects.equals(o.now(), c.was()))
				.orElse(null);
			if (own != null) {
				return texts.text("record.corrected.byRulingAfterOwn." + c.field(), texts.text("label." + c.by()),
						stored(c.field(), c.was()), stored(c.field(), own.was()), stored(c.field(), c.now()));
			}
		}
		return departing(c);
	}

	/** The departing official's own correction of a field, if any. */
	private static java.util.Optional<CorrectedView> ownBefore(List<CorrectedView> all, String field) {
		return all == null ? java.util.Optional.empty()
				: all.stream().filter(o -> "DEPARTING".equals(o.by()) && o.field().equals(field)).findFirst();
	}

	/**
	 * A change of an item's value, by whom it was made (#12, newcomer 16, finding 3;
	 * newcomer 20a, finding 15): 离任干部更正金额：原填报865,000.00元 → 更正为868,000.00元, then
	 * 审计部门裁定更正金额：原填报868,000.00元 → 更正为832,000.00元.
	 */
	public String departing(CorrectedView c) {
		if (c.by() != null && !"DEPARTING".equals(c.by())) {
			return texts.text("record.corrected.byRuling." + c.field(), texts.text("label." + c.by()),
					stored(c.field(), c.was()), stored(c.field(), c.now()));
		}
		if ("STATUS".equals(c.field())) {
			// newcomer 21, finding 5: a status the departing official corrected
			return texts.text("record.corrected.byDeparting.STATUS", stored(c.field(), c.was()),
					stored(c.field(), c.now()));
		}
		return texts.text("record.corrected.byDeparting." + c.field(), stored(c.field(), c.was()),
				stored(c.field(), c.now()));
	}

	private String stored(String field, String value) {
		if (value == null) {
			return texts.text("supervision.corrected.none");
		}
		int space = value.lastIndexOf(' ');
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return switch (field) {
			case "STATUS" -> texts.text("supervision.status." + value);
			case "AMOUNT" -> space < 0 ? texts.money(value, null)
					: texts.money(value.substring(0, space), value.substring(space + 1));
			case "QUANTITY" -> space < 0 ? value
					: Quantity.format(new BigDecimal(value.substring(0, space)), value.substring(space + 1), english);
			default -> {
				dev.baton.bot.checklist.DoneDate when = dev.baton.bot.checklist.DoneDate.parse(value);
				yield texts.day(when.day() != null ? when.day() : when.month());
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
