# iso4217 (needed by factur-x) loads its currency table from table.xml.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("iso4217", excludes=["test.py"])
