// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The AVPS requirement ids a rule class verifies: the one place a rule names them. The engine refuses a finding
 * for any other id, and the traceability matrix and the catalog coverage read them from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Verifies {
	String[] value();
}
