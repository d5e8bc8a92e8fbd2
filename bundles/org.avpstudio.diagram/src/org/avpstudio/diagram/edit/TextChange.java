// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.edit;

import java.util.function.Consumer;

import org.avpstudio.model.Platform;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A diagram edit that changes the file's text itself instead of going through the serializer, so that nothing but
 * the tokens it names is rewritten (a rename touches the name and the references, never a comment's indentation).
 * {@link ModelEdit#apply} uses {@link #text}; as a plain {@link Consumer} it changes the model the same way, for a
 * host that works on the model.
 */
public interface TextChange extends Consumer<Platform> {

	/** The new text of {@code resource}, a parsed copy of {@code text}; throws {@link IllegalStateException} with a user message. */
	String text(XtextResource resource, String text);
}
