package dev.baton.bot.system;

/** The thing named does not exist (or the actor may not know it does). */
public class NotFoundException extends BatonException {

	public NotFoundException(String what, Object id) {
		super("error.notFound." + what, what + " " + id + " does not exist", id);
	}

}
