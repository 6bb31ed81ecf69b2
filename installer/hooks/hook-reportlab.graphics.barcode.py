# reportlab builds its barcode widget classes from strings
# (reportlab/graphics/barcode/widgets.py: exec("from ... import ...")), which
# PyInstaller's import scan cannot read; documents/payqr.py needs them.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("reportlab.graphics.barcode")
