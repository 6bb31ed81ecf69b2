# holidays opens gettext catalogues (holidays/locale/*/LC_MESSAGES/*.mo) for
# every calendar it builds and fails without them; the country modules are
# imported by name at run time.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("holidays", includes=["locale/**/*.mo"])
hiddenimports = collect_submodules("holidays.countries")
