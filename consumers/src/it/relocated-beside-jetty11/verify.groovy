evaluate(new File(commonDir, 'verify-output.groovy'))
