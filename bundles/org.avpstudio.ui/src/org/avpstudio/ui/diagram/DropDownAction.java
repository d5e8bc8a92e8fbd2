// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.diagram;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** A palette entry with a drop-down of choices; clicking the button itself picks the first choice if {@code firstOnClick}. */
final class DropDownAction extends Action implements IMenuCreator {

	private final List<String> choices;
	private final Consumer<Integer> pick;
	private final boolean firstOnClick;
	private final List<Image> images;
	private Menu menu;

	DropDownAction(String label, List<String> choices, boolean firstOnClick, Consumer<Integer> pick) {
		this(label, choices, List.of(), firstOnClick, pick);
	}

	/** With an icon per choice (null for none), e.g. the device kinds' icons. */
	DropDownAction(String label, List<String> choices, List<Image> images, boolean firstOnClick, Consumer<Integer> pick) {
		super(label, IAction.AS_DROP_DOWN_MENU);
		this.choices = choices;
		this.images = images;
		this.pick = pick;
		this.firstOnClick = firstOnClick;
		setMenuCreator(this);
	}

	@Override
	public void run() {
		if (firstOnClick) {
			pick.accept(0);
		}
	}

	@Override
	public Menu getMenu(Control parent) {
		dispose();
		menu = new Menu(parent);
		for (int i = 0; i < choices.size(); i++) {
			int index = i;
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(choices.get(i));
			if (i < images.size() && images.get(i) != null) {
				item.setImage(images.get(i));
			}
			item.addListener(SWT.Selection, e -> pick.accept(index));
		}
		return menu;
	}

	@Override
	public Menu getMenu(Menu parent) {
		return null;
	}

	@Override
	public void dispose() {
		if (menu != null) {
			menu.dispose();
			menu = null;
		}
	}
}
