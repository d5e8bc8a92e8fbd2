// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;

/**
 * The same EMF model as JSON through Jackson (emfjson-jackson, EMF's Jackson binding): what a tool that keeps
 * AVP models as JSON would read. Writing happens once in the benchmark's set-up; reading is the baseline.
 */
public final class JsonModel {

	private JsonModel() {
	}

	private static ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("json", new JsonResourceFactory());
		return set;
	}

	/** The model below {@code root}, written as JSON. */
	public static String write(EObject root) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("platform.json"));
		resource.getContents().add(EcoreUtil.copy(root));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Reads the model and resolves every reference, as parse + link does for .avp text. */
	public static Resource read(String json) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("platform.json"));
		resource.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(resource);
		return resource;
	}
}
