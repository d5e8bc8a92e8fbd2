// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * What an import did with its input: each model element made and the place it came from, each part of the input
 * that has no place in the model (what it was, why), and each name changed to be a valid, unique .avp name.
 */
public final class ImportReport {

	/** A model element made from the input at {@code at}; {@code what} says what it is in the model. */
	public record Mapped(EObject element, String what, SourcePosition at) {
	}

	/** A part of the input with no place in the model. */
	public record LeftOut(SourcePosition at, String what, String why) {
		@Override
		public String toString() {
			return at + ": " + what + ": " + why;
		}
	}

	/** A name changed so that it is an .avp name and unique where it lives. */
	public record Renamed(SourcePosition at, String from, String to, String why) {
		@Override
		public String toString() {
			return at + ": '" + from + "' named '" + to + "': " + why;
		}
	}

	private final List<Mapped> mapped = new ArrayList<>();
	private final Map<EObject, SourcePosition> origins = new IdentityHashMap<>();
	private final List<LeftOut> leftOut = new ArrayList<>();
	private final List<Renamed> renamed = new ArrayList<>();

	public void mapped(EObject element, String what, SourcePosition at) {
		mapped.add(new Mapped(element, what, at));
		origins.putIfAbsent(element, at);
	}

	public void leftOut(SourcePosition at, String what, String why) {
		leftOut.add(new LeftOut(at, what, why));
	}

	public void renamed(SourcePosition at, String from, String to, String why) {
		renamed.add(new Renamed(at, from, to, why));
	}

	public List<Mapped> mapped() {
		return Collections.unmodifiableList(mapped);
	}

	public List<LeftOut> leftOut() {
		return Collections.unmodifiableList(leftOut);
	}

	public List<Renamed> renamed() {
		return Collections.unmodifiableList(renamed);
	}

	/** Where {@code element} came from (the first place it was mapped from), or null for an element the import did not make from the input. */
	public SourcePosition origin(EObject element) {
		return origins.get(element);
	}

	/** True when every part of the input found a place in the model. */
	public boolean complete() {
		return leftOut.isEmpty();
	}
}
