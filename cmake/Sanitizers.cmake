# AddressSanitizer + UndefinedBehaviorSanitizer for the test build. Any report
# aborts the process (no recovery), so a sanitizer finding fails the test.
if(STRONGTRUST_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_compile_options(${_san})
    add_link_options(-fsanitize=address,undefined)
endif()
