# `cmake --install` and the Debian package (cpack -G DEB): the binary in bin/, the rule
# pack, schemas and .luacheckrc in share/plancheck (where data_dir.h looks), the man page
# made from --help, and the Debian copyright and changelog.
set(PLANCHECK_DATA_DEST "${CMAKE_INSTALL_DATADIR}/plancheck")
set(PLANCHECK_DOC_DEST "${CMAKE_INSTALL_DATADIR}/doc/plancheck")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS plancheck RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# Everything under rules/ and schemas/, so files other parts add there are installed too.
install(DIRECTORY rules schemas DESTINATION "${PLANCHECK_DATA_DEST}"
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES .luacheckrc DESTINATION "${PLANCHECK_DATA_DEST}"
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# The man page, from --help and --version (help2man), gzip -9n as Debian wants it.
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(HELP2MAN AND GZIP)
  set(PLANCHECK_MAN "${CMAKE_CURRENT_BINARY_DIR}/plancheck.1")
  add_custom_command(
    OUTPUT "${PLANCHECK_MAN}.gz"
    COMMAND "${HELP2MAN}" --locale=C.UTF-8 --no-info --no-discard-stderr --section=1
            "--include=${CMAKE_CURRENT_SOURCE_DIR}/packaging/plancheck.h2m"
            "--name=check progress reports against their implementation plan"
            "--version-string=${PROJECT_VERSION}" --output "${PLANCHECK_MAN}" "$<TARGET_FILE:plancheck>"
    COMMAND "${GZIP}" -9nf "${PLANCHECK_MAN}"
    DEPENDS plancheck "${CMAKE_CURRENT_SOURCE_DIR}/packaging/plancheck.h2m"
    COMMENT "Making the man page from plancheck --help")
  add_custom_target(plancheck_man ALL DEPENDS "${PLANCHECK_MAN}.gz")
  install(FILES "${PLANCHECK_MAN}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1"
          PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
else()
  message(WARNING "help2man or gzip not found: no man page is installed")
endif()

set(PLANCHECK_CHANGELOG "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
add_custom_command(
  OUTPUT "${PLANCHECK_CHANGELOG}"
  COMMAND "${GZIP}" -9nc "${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog" > "${PLANCHECK_CHANGELOG}"
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog")
add_custom_target(plancheck_changelog ALL DEPENDS "${PLANCHECK_CHANGELOG}")
install(FILES packaging/copyright "${PLANCHECK_CHANGELOG}" DESTINATION "${PLANCHECK_DOC_DEST}"
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# The Debian package.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "plancheck")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check progress reports against their implementation plan")
set(CPACK_PACKAGE_CONTACT "plancheck maintainers <maintainers@users.noreply.b-seed-d19fdb89.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")  # data_dir.h finds /usr/bin/../share/plancheck
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION  # the synopsis is the summary above
  "plancheck reads an implementation plan (实施方案) and the progress reports\n"
  "(进展报告) of the units it names, and checks each report against the plan\n"
  "with a pack of Lua rules: unknown tasks, wrong lead units, missed or\n"
  "misstated deadlines, targets not met, evidence missing. Findings are\n"
  "printed in Chinese or English, as text, JSON, SARIF, JUnit, GitHub\n"
  "annotations or an HTML page, with an exit status that CI pipelines can\n"
  "gate on.")
include(CPack)
