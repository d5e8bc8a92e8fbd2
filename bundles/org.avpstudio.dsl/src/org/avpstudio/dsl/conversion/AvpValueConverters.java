// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Value conversion of the .avp language's own data types (sizes and ids beyond the int range). */
public class AvpValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "LONG")
	public IValueConverter<Long> LONG() {
		return new IValueConverter<>() {
			@Override
			public Long toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException("a number is expected here", node, null);
				}
				try {
					return Long.parseLong(string.trim());
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number between 0 and "
							+ Long.MAX_VALUE, node, e);
				}
			}

			@Override
			public String toString(Long value) {
				return value == null ? null : value.toString();
			}
		};
	}
}
