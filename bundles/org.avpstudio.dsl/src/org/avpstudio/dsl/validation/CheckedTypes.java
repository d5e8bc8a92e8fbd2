// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The element types a declarative validator has {@link Check} methods for, read from its class: which elements it
 * would look at, and which it would pass over without doing anything.
 */
final class CheckedTypes {

	private final List<Class<?>> types = new ArrayList<>();
	/** A validator composed of others is not looked into: it is taken to check everything. */
	private final boolean everything;

	private CheckedTypes(Class<?> validator) {
		boolean composed = false;
		for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
			composed |= c.isAnnotationPresent(ComposedChecks.class);
			for (Method method : c.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Check.class) && method.getParameterCount() == 1) {
					types.add(method.getParameterTypes()[0]);
				}
			}
		}
		everything = composed;
	}

	private static final ClassValue<CheckedTypes> OF = new ClassValue<>() {
		@Override
		protected CheckedTypes computeValue(Class<?> validator) {
			return new CheckedTypes(validator);
		}
	};

	static CheckedTypes of(Class<?> validator) {
		return OF.get(validator);
	}

	/** Whether some check takes elements of this (instance) class. */
	boolean checks(Class<?> elementType) {
		if (everything || elementType == null) {
			return true;
		}
		for (Class<?> type : types) {
			if (type.isAssignableFrom(elementType)) {
				return true;
			}
		}
		return false;
	}
}
