package org.avpstudio.generator;

/** Generation could not be completed; the message says why and what to do. */
public class GenerationException extends Exception {

	private static final long serialVersionUID = 1L;

	public GenerationException(String message) {
		super(message);
	}
}
