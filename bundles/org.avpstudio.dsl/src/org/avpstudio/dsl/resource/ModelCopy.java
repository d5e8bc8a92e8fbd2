// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * A model changed on a copy, then written back as .avp text: the copy is read from a text (the editor's, the
 * file's) into a fresh resource set that keeps the original's compliance settings, and its text comes from the
 * serializer, formatted (untouched text and comments stay as they were). Used by quick fixes (editor, --fix) and by
 * diagram edits.
 */
public final class ModelCopy {

	private ModelCopy() {
	}

	/** {@code text} read as the model of {@code original}'s file, references resolved. */
	public static XtextResource of(XtextResource original, String text) throws IOException {
		XtextResourceSet set = original.getResourceServiceProvider().get(XtextResourceSet.class);
		ComplianceSettings.attach(set, ComplianceSettings.of(original));
		XtextResource copy = (XtextResource) set.createResource(original.getURI());
		copy.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(copy);
		return copy;
	}

	/** The .avp text of a (changed) model, formatted by the serializer. */
	public static String text(XtextResource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		return out.toString(StandardCharsets.UTF_8);
	}
}
