#!/usr/bin/python3
# Prints the AT-SPI tree of a running application as a screen reader sees it, and lists
# interactive controls without a name. Usage: atspi_tree.py APP-NAME [MAX-DEPTH]
import sys
import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_PAGE_TAB,
}
LEAF = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
        pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_SPIN_BUTTON}

def walk(node, depth, maxdepth, unnamed, counts):
    try:
        role = node.getRole()
        name = node.name or ''
        desc = node.description or ''
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception as e:
        print('  ' * depth + f'<error {e}>')
        return
    if depth <= maxdepth:
        print('  ' * depth + f'[{node.getRoleName()}] "{name}"' + (f' — {desc}' if desc else '')
              + ('' if showing else ' (hidden)'))
    if role in INTERACTIVE:
        counts[0] += 1
        if not name.strip():
            unnamed.append(f'{node.getRoleName()} under "{node.parent.name if node.parent else ""}"')
    if role in LEAF:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, maxdepth, unnamed, counts)

def main():
    app_name = sys.argv[1]
    maxdepth = int(sys.argv[2]) if len(sys.argv) > 2 else 99
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    print('applications on the bus:', [a.name for a in apps if a])
    found = [a for a in apps if a and app_name in (a.name or '')]
    if not found:
        sys.exit(f'{app_name} is not on the AT-SPI bus')
    unnamed, counts = [], [0]
    for app in found:
        walk(app, 0, maxdepth, unnamed, counts)
    print(f'\ninteractive controls: {counts[0]}, without a name: {len(unnamed)}')
    for u in unnamed:
        print('  UNNAMED', u)
    sys.exit(1 if unnamed else 0)

main()
