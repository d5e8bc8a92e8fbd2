// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.resource.AvpResource;
import org.avpstudio.dsl.resource.ModelWalk;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;

/**
 * The named elements of one resource, looked up by qualified name: what Xtext's {@code MultimapBasedSelectable}
 * answers, with the same results in the same order, from plain hash maps. Exact names are indexed as the
 * elements are read; the case-insensitive index (linking of .avp is case-sensitive) is built on first use.
 */
public final class NameIndex implements ISelectable {

	private final List<IEObjectDescription> all;
	/** Name to one description, or to a list of them when several elements share a name. */
	private final Map<QualifiedName, Object> byName;
	private volatile Map<QualifiedName, List<IEObjectDescription>> byLowerCaseName;

	public NameIndex(List<IEObjectDescription> descriptions) {
		all = descriptions;
		byName = new HashMap<>(descriptions.size() * 4 / 3 + 1);
		for (IEObjectDescription description : descriptions) {
			byName.merge(description.getName(), description, NameIndex::append);
		}
	}

	/**
	 * Every element of the resource that has a qualified name, in content order (that of {@code getAllContents}:
	 * depth first, containment features in the order {@code eContents} visits them), read with a {@link ModelWalk}.
	 */
	public static NameIndex of(Resource resource, IQualifiedNameProvider names) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			ModelWalk walk = resource instanceof AvpResource avp ? avp.walk(root) : ModelWalk.of(root, false);
			for (int i = 0, n = walk.size(); i < n; i++) {
				EObject element = walk.get(i);
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					descriptions.add(EObjectDescription.create(name, element));
				}
			}
		}
		return new NameIndex(descriptions);
	}

	@SuppressWarnings("unchecked")
	private static Object append(Object previous, Object added) {
		List<IEObjectDescription> list;
		if (previous instanceof List<?>) {
			list = (List<IEObjectDescription>) previous;
		} else {
			list = new ArrayList<>(2);
			list.add((IEObjectDescription) previous);
		}
		list.add((IEObjectDescription) added);
		return list;
	}

	@Override
	public boolean isEmpty() {
		return all.isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return Collections.unmodifiableList(all);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		Object found = ignoreCase ? lowerCaseIndex().get(name.toLowerCase()) : byName.get(name);
		if (found == null) {
			return Collections.emptyList();
		}
		if (found instanceof IEObjectDescription single) {
			return EcoreUtil2.isAssignableFrom(type, single.getEClass()) ? Collections.singletonList(single) : Collections.emptyList();
		}
		List<IEObjectDescription> matching = new ArrayList<>(2);
		for (IEObjectDescription description : (List<IEObjectDescription>) found) {
			if (EcoreUtil2.isAssignableFrom(type, description.getEClass())) {
				matching.add(description);
			}
		}
		return matching;
	}

	private Map<QualifiedName, List<IEObjectDescription>> lowerCaseIndex() {
		Map<QualifiedName, List<IEObjectDescription>> index = byLowerCaseName;
		if (index == null) {
			index = new LinkedHashMap<>();
			for (IEObjectDescription description : all) {
				index.computeIfAbsent(description.getName().toLowerCase(), n -> new ArrayList<>(1)).add(description);
			}
			byLowerCaseName = index;
		}
		return index;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		List<IEObjectDescription> matching = new ArrayList<>();
		for (IEObjectDescription description : all) {
			if (EcoreUtil2.isAssignableFrom(type, description.getEClass())) {
				matching.add(description);
			}
		}
		return matching;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		if (all.isEmpty()) {
			return Collections.emptyList();
		}
		URI uri = EcoreUtil2.getPlatformResourceOrNormalizedURI(object);
		List<IEObjectDescription> matching = new ArrayList<>(1);
		for (IEObjectDescription description : all) {
			if (description.getEObjectOrProxy() == object || uri.equals(description.getEObjectURI())) {
				matching.add(description);
			}
		}
		return matching;
	}
}
